def flatten_images(images):
    images = np.array(images, dtype=float)
    return images.reshape(len(images), -1)
