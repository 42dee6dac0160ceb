# Mistake: Sums each row of K and multiplies by the mean coefficient instead of weighting each
#   column by its own coefficient.
# Clue: Which numbers are the weights
def kernel_ridge_predict(K_test_train, dual_coef):
    K = np.asarray(K_test_train, dtype=float)
    c = np.asarray(dual_coef, dtype=float)
    if K.ndim != 2 or K.size == 0 or c.ndim != 1 or c.shape[0] != K.shape[1]:
        raise ValueError("bad input")
    return K.sum(axis=1) * c.mean()
