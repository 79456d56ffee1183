"""{% pagefragment %}: a part of a page that is the same for every reader, rendered once per
version of the page (see pagecache/fragments.py).

    {% load pagecache %}
    {% pagefragment "film-cast" film.pk %}…{% endpagefragment %}

The name and any further values (an object's pk, the page number) tell fragments apart; the
versions, the page's variant, language and host are added. Options, after them:

    topics=""             only these topics' versions (a string or a list of topic names; ""
                          for the global version alone), not the page's: for a part that shows
                          none of what the page's topics follow, so that votes leave it alone
    unless=user.is_authenticated
                          render the part afresh when this is true: for a part that shows
                          something of the reader's own (their votes, their review)

On a page that is not cached (no cache_public_page) the part is always rendered.
"""

from django import template

from pagecache.fragments import fragment

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on, topics, unless):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.topics = topics
        self.unless = unless

    def render(self, context):
        request = context.get("request")
        if request is None or (self.unless is not None and self.unless.resolve(context)):
            return self.nodelist.render(context)
        topics = None if self.topics is None else self.topics.resolve(context)
        if isinstance(topics, str):
            topics = topics.split()
        vary_on = [value.resolve(context) for value in self.vary_on]
        name = self.name.resolve(context)
        return fragment(
            request, name, lambda: self.nodelist.render(context), vary_on=vary_on, topics=topics
        )


@register.tag("pagefragment")
def do_pagefragment(parser, token):
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'pagefragment' takes at least a name.")
    name, *rest = bits[1:]
    vary_on, options = [], {}
    for bit in rest:
        option, sep, value = bit.partition("=")
        if sep and option in ("topics", "unless"):
            options[option] = parser.compile_filter(value)
        elif options:
            raise template.TemplateSyntaxError("'pagefragment' takes its options last.")
        else:
            vary_on.append(parser.compile_filter(bit))
    return PageFragmentNode(
        nodelist,
        parser.compile_filter(name),
        vary_on,
        options.get("topics"),
        options.get("unless"),
    )
