# Mistake: Raises LinAlgError for a singular matrix, as solve does, instead of returning 0.0.
# Clue: singular matrix
def determinant(A):
    U = _square_matrix(A)
    floor = _pivot_floor(U)
    sign = 1.0
    for k in range(U.shape[0]):
        p = _pivot_row(U, k)
        if abs(U[p, k]) <= floor:
            raise np.linalg.LinAlgError("A is singular")  # reused from solve
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        U[k + 1 :, k:] -= np.outer(U[k + 1 :, k] / U[k, k], U[k, k:])
    return float(sign * np.prod(np.diag(U)))
