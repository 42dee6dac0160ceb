# Mistake: Places -sin in the lower-left corner, which rotates clockwise.
# Clue: counter-clockwise
def rotation_matrix(theta):
    if np.ndim(theta) != 0 or not np.isfinite(theta):
        raise ValueError("bad angle")
    cos, sin = np.cos(theta), np.sin(theta)
    return np.array([[cos, sin], [-sin, cos]])
