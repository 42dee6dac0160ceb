# Mistake: Computes A times the transposed points, which returns the transformed points as columns.
# Clue: as rows
def transform_points(A, points):
    A = np.asarray(A, dtype=float)
    points = np.asarray(points, dtype=float)
    if A.ndim != 2 or points.ndim != 2 or A.size == 0 or points.size == 0:
        raise ValueError("bad shapes")
    return A @ points.T
