# Mistake: Takes the absolute value of the cosine, folding obtuse angles into acute ones.
# Clue: obtuse
def angle_between(u, v):
    u, v = _pair(u, v)
    return float(np.arccos(np.clip(abs(_unit(u, "u") @ _unit(v, "v")), 0.0, 1.0)))
