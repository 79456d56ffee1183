"""A look at an old version mutes model signals for its own request only: gunicorn's threaded
workers serve other requests meanwhile, whose saves must still fire them."""

import threading

from django.db.models.signals import post_save

from newsroom.history import muted_signals


def test_signals_are_muted_in_this_thread_only_and_come_back():
    fired = []

    def receiver(sender, **kwargs):
        fired.append(threading.current_thread().name)

    post_save.connect(receiver, sender=object, weak=False)
    try:
        with muted_signals():
            post_save.send(sender=object)
            other = threading.Thread(target=post_save.send, kwargs={"sender": object}, name="other")
            other.start()
            other.join()
            with muted_signals():  # overlapping mutes leave nothing muted once they end
                pass
        post_save.send(sender=object)
    finally:
        post_save.disconnect(receiver, sender=object)
    assert fired == ["other", threading.current_thread().name]
