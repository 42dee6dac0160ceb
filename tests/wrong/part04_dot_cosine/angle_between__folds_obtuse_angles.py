def angle_between(u, v):
    u, v = _pair(u, v)
    return float(np.arccos(np.clip(abs(_unit(u, "u") @ _unit(v, "v")), 0.0, 1.0)))
