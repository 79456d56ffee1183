from django import forms


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search",
        max_length=100,
        strip=True,
        required=False,
        error_messages={"max_length": "Search for at most %(limit_value)d characters."},
    )
