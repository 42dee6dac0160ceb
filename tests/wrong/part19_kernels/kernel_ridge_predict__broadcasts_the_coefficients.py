# Mistake: Multiplies with broadcasting and never checks the number of coefficients, so one
#   coefficient is used for every column.
# Clue: one column per dual coefficient
def kernel_ridge_predict(K_test_train, dual_coef):
    K = np.asarray(K_test_train, dtype=float)
    c = np.asarray(dual_coef, dtype=float)
    if K.ndim != 2 or K.size == 0 or c.ndim != 1:
        raise ValueError("bad input")
    return (K * c).sum(axis=1)
