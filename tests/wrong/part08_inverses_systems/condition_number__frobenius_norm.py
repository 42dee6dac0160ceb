# Mistake: Multiplies the Frobenius norms of A and its inverse instead of using the 2-norm.
# Clue: most stretched
def condition_number(A):
    A = _square_matrix(A)
    if not is_invertible(A, tol=0.0):
        return float("inf")
    return float(np.linalg.norm(A) * np.linalg.norm(np.linalg.inv(A)))
