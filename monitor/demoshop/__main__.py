from monitor.demoshop.server import main

main()
