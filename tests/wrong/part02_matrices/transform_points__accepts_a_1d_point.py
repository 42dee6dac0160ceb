# Mistake: Never checks that the points form a 2-D array, so a single 1-D point is accepted.
# Clue: one point per row
def transform_points(A, points):
    A = np.asarray(A, dtype=float)
    points = np.asarray(points, dtype=float)
    if A.ndim != 2 or A.size == 0 or points.size == 0:
        raise ValueError("bad shapes")
    return points @ A.T
