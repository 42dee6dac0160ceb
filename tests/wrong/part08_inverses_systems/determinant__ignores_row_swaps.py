# Mistake: Swaps rows for pivoting but never flips the sign of the determinant.
# Clue: swapping two rows
def determinant(A):
    U = _square_matrix(A)
    for k in range(U.shape[0]):
        p = _pivot_row(U, k)
        if U[p, k] == 0.0:
            return 0.0
        U[[k, p]] = U[[p, k]]
        U[k + 1 :, k:] -= np.outer(U[k + 1 :, k] / U[k, k], U[k, k:])
    return float(np.prod(np.diag(U)))
