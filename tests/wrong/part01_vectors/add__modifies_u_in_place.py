_solved_add = add


def add(u, v):
    total = _solved_add(u, v)
    if isinstance(u, np.ndarray):
        u += total - u
    return total
