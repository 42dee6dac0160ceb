# Mistake: Returns the entry-by-entry products without summing them.
# Clue: what becomes of the products
def dot(u, v):
    u, v = _pair(u, v)
    return u * v
