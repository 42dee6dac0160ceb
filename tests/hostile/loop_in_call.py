def scale(c, v):
    while True:
        pass
