def project(X, R):
    return np.asarray(X, dtype=float) @ np.asarray(R, dtype=float)
