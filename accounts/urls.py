from django.urls import path

from accounts import views

# No app_name: allauth reverses its own URL names ("account_signup"), and this view answers at
# allauth's sign-up address under that name. Included before allauth's URLs; the others are
# named as allauth names its own.
urlpatterns = [
    path("signup/", views.MemberSignupView.as_view(), name="account_signup"),
    path("data/", views.account_export, name="account_export"),
    path("delete/", views.account_delete_view, name="account_delete"),
]
