from django.db import models


class SeedRecord(models.Model):
    """Remembers each seed item once loaded, so a reload never recreates what editors deleted."""

    key = models.CharField(max_length=200, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.key
