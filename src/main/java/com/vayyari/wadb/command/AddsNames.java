package com.vayyari.wadb.command;

/** A command that adds tables or chats, after which the REPL reloads the names it completes. */
interface AddsNames {
}
