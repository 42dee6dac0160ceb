# Mistake: Computes Y X^T, the (m, n) transpose of the kernel matrix.
# Clue: n rows and m columns
def linear_kernel(X, Y):
    X, Y = _pair(X, Y)
    return Y @ X.T
