from twinspace.cli import main

main()
