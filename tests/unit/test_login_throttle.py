"""How long a login waits when its address has failed often (the busy school address)."""

from __future__ import annotations

from twinspace.accounts import LOGIN_ADDRESS_FREE, LOGIN_ADDRESS_MAX_SECONDS, address_delay


def test_a_school_that_mistypes_now_and_then_never_waits():
    assert address_delay(0) == 0
    assert address_delay(LOGIN_ADDRESS_FREE.count) == 0


def test_each_failure_past_the_free_ones_adds_to_the_wait_up_to_a_cap():
    free = LOGIN_ADDRESS_FREE.count
    delays = [address_delay(free + n) for n in range(1, 300)]
    assert delays == sorted(delays)
    assert 0 < delays[0] < delays[50] < LOGIN_ADDRESS_MAX_SECONDS
    assert address_delay(free + 10_000) == LOGIN_ADDRESS_MAX_SECONDS
