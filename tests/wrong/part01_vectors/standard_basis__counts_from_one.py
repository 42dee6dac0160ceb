# Mistake: Counts indices from 1 as mathematics writes e_1, so i = 0 is refused and i = n accepted.
# Clue: count from 0
def standard_basis(n, i):
    if n < 1 or not 1 <= i <= n:
        raise ValueError("out of range")
    basis = np.zeros(n)
    basis[i - 1] = 1.0
    return basis
