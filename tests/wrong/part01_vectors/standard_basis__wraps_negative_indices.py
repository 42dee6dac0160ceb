# Mistake: Never checks i >= 0, so a negative index silently counts from the end.
# Clue: 0 <= i < n
def standard_basis(n, i):
    if n < 1 or i >= n:
        raise ValueError("out of range")
    basis = np.zeros(n)
    basis[i] = 1.0
    return basis
