del scale, linear_combination, centroid, standard_basis  # noqa: F821
