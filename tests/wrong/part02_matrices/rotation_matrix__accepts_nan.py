# Mistake: Checks only that theta is a scalar, so NaN and infinity give a matrix of NaN.
# Clue: finite
def rotation_matrix(theta):
    if np.ndim(theta) != 0:
        raise ValueError("bad angle")
    cos, sin = np.cos(theta), np.sin(theta)
    return np.array([[cos, -sin], [sin, cos]], dtype=float)
