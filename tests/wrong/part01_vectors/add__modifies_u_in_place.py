# Mistake: Writes the sum into the caller's array u.
# Clue: in place
_solved_add = add


def add(u, v):
    total = _solved_add(u, v)
    if isinstance(u, np.ndarray):
        u += total - u
    return total
