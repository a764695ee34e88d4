"""What the model learns from: staff-made training examples and the stored model versions."""
