"""Telegram: a thin channel over the same dialogue core as the web endpoint.

`incoming` turns an update into one neutral input, `render` turns neutral replies into
Telegram messages, `channel` keeps the durable inbox moving (per chat in order, chats in
parallel), `webhook` is the HTTP route, `polling` the local alternative to it.
"""
