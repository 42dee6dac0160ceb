# Mistake: Converts theta from degrees, although it is in radians.
# Clue: degrees or radians | radians
def rotation_matrix(theta):
    if np.ndim(theta) != 0 or not np.isfinite(theta):
        raise ValueError("bad angle")
    radians = np.deg2rad(theta)
    cos, sin = np.cos(radians), np.sin(radians)
    return np.array([[cos, -sin], [sin, cos]])
