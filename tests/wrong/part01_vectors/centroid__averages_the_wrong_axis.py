# Mistake: Averages along axis 1, one value per point, instead of down the rows.
# Clue: axis
def centroid(points):
    points = np.asarray(points, dtype=float)
    if points.ndim != 2 or len(points) == 0:
        raise ValueError("bad points")
    return points.mean(axis=1)
