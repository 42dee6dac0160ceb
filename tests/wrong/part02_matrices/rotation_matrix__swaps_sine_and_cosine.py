# Mistake: Puts the sine where the cosine belongs, so an angle of 0 gives a quarter turn instead of
#   the identity.
# Clue: turn by 0 | (1, 0)
def rotation_matrix(theta):
    if np.ndim(theta) != 0 or not np.isfinite(theta):
        raise ValueError("bad angle")
    cos, sin = np.cos(theta), np.sin(theta)
    return np.array([[sin, -cos], [cos, sin]])
