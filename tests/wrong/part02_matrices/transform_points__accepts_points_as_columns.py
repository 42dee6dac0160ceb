# Mistake: Transposes the points when their shape does not fit, so points given as columns are
#   silently accepted.
# Clue: one point per row
def transform_points(A, points):
    A = np.asarray(A, dtype=float)
    points = np.asarray(points, dtype=float)
    if A.ndim != 2 or points.ndim != 2 or A.size == 0 or points.size == 0:
        raise ValueError("bad shapes")
    if points.shape[1] != A.shape[1]:
        points = points.T  # "helpfully" turn columns into rows
    return points @ A.T
