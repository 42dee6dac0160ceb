# Mistake: Multiplies by the transpose of K when it is square.
# Clue: along which axis do the training points run
def kernel_ridge_predict(K_test_train, dual_coef):
    K = np.asarray(K_test_train, dtype=float)
    c = np.asarray(dual_coef, dtype=float)
    if K.ndim != 2 or K.size == 0 or c.ndim != 1 or c.shape[0] != K.shape[1]:
        raise ValueError("bad input")
    if K.shape[0] == K.shape[1]:
        return K.T @ c
    return K @ c
