def dot(u, v):
    u, v = _pair(u, v)
    return u * v
