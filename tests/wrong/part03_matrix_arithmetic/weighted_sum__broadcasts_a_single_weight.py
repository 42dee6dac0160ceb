# Mistake: Multiplies with broadcasting and never checks the number of weights, so one weight is
#   used for every feature.
# Clue: one weight per column
def weighted_sum(X, w):
    X, w = _matrix(X, "X"), _vector(w, "w")
    return (X * w).sum(axis=1)
