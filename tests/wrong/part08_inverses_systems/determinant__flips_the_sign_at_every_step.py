# Mistake: Flips the sign at every elimination step, even when the pivot is already in place and no
#   rows were swapped.
# Clue: already in place | no-swap-needed
def determinant(A):
    U = _square_matrix(A)
    sign = 1.0
    for k in range(U.shape[0]):
        p = _pivot_row(U, k)
        if U[p, k] == 0.0:
            return 0.0
        U[[k, p]] = U[[p, k]]
        if k < U.shape[0] - 1:
            sign = -sign  # counts a "swap" even when p == k
        U[k + 1 :, k:] -= np.outer(U[k + 1 :, k] / U[k, k], U[k, k:])
    return float(sign * np.prod(np.diag(U)))
