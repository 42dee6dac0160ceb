# Mistake: Converts the angle to degrees instead of returning radians.
# Clue: what unit | in which unit
def angle_between(u, v):
    u, v = _pair(u, v)
    cosine = np.clip(_unit(u, "u") @ _unit(v, "v"), -1.0, 1.0)
    return float(np.degrees(np.arccos(cosine)))
