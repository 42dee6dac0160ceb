# Mistake: Divides by the largest eigenvalue even when it is 0, raising ZeroDivisionError instead
#   of returning infinity.
# Clue: all of them are 0
def max_stable_learning_rate(X):
    X = _design(X)
    largest = float(np.linalg.eigvalsh((2.0 / X.shape[0]) * (X.T @ X))[-1])
    return 2.0 / largest
