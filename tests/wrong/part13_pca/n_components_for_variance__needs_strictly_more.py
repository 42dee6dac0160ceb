# Mistake: Requires the running total to exceed the threshold strictly instead of reaching it.
# Clue: first reach
def n_components_for_variance(X, threshold):
    X = _data(X)
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError("bad threshold")
    cumulative = np.cumsum(_variance_ratios(X))
    above = np.nonzero(cumulative > float(threshold))[0]
    return int(above[0]) + 1 if len(above) else len(cumulative)
