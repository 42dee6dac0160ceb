# Mistake: Returns the column sums without dividing by the number of points.
# Clue: average | mean
def centroid(points):
    points = np.asarray(points, dtype=float)
    if points.ndim != 2 or len(points) == 0:
        raise ValueError("bad points")
    return points.sum(axis=0)
