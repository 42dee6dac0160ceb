# Mistake: Divides the column sums by the number of coordinates instead of the number of points.
# Clue: divide by
def centroid(points):
    points = np.asarray(points, dtype=float)
    if points.ndim != 2 or len(points) == 0:
        raise ValueError("bad points")
    return points.sum(axis=0) / points.shape[1]
