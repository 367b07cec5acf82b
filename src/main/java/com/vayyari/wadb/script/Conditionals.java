package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * psql's {@code \if} stack (conditional.c) for one input file: which branch is taken, and where the query buffer
 * stood when the block's current branch began, so that text read in a branch not taken can be dropped again. Each
 * {@code \i} file gets a stack of its own, as in psql.
 */
final class Conditionals {

    /** psql's ifState: TRUE runs, FALSE waits for a true {@code \elif}, IGNORED is inside a block not taken. */
    private enum State { TRUE, FALSE, IGNORED, ELSE_TRUE, ELSE_FALSE }

    private static final class Block {
        State state;
        long bufferMark;

        Block(State state, long bufferMark) {
            this.state = state;
            this.bufferMark = bufferMark;
        }
    }

    /** How a branch's expression is read: only when the branch could be taken (so no variables, no backquotes else). */
    @FunctionalInterface
    interface Expression {
        boolean isTrue();
    }

    private final Deque<Block> blocks = new ArrayDeque<>();
    private final QueryBuffer buffer;

    /** The query buffer as the stack sees it: where it stands, and how to go back there. */
    private record QueryBuffer(LongSupplier marker, LongConsumer rewinder) {
        long mark() {
            return marker.getAsLong();
        }

        void rewind(long mark) {
            rewinder.accept(mark);
        }
    }

    Conditionals(LongSupplier mark, LongConsumer rewind) {
        this.buffer = new QueryBuffer(mark, rewind);
    }

    /** True when input runs: outside any block, or in a branch taken. */
    boolean active() {
        Block top = blocks.peek();
        return top == null || top.state == State.TRUE || top.state == State.ELSE_TRUE;
    }

    boolean open() {
        return !blocks.isEmpty();
    }

    void ifBranch(Expression expression) {
        if (active()) {
            Block block = new Block(State.TRUE, buffer.mark());
            blocks.push(block);
            block.state = expression.isTrue() ? State.TRUE : State.FALSE;
        } else {
            blocks.push(new Block(State.IGNORED, buffer.mark()));
        }
    }

    void elif(Expression expression) {
        Block block = current("\\elif");
        switch (block.state) {
            case TRUE -> {
                block.bufferMark = buffer.mark();
                block.state = State.IGNORED;
            }
            case FALSE -> {
                buffer.rewind(block.bufferMark);
                block.state = State.TRUE;
                block.state = expression.isTrue() ? State.TRUE : State.FALSE;
            }
            case IGNORED -> buffer.rewind(block.bufferMark);
            default -> throw WadbException.command("\\elif: cannot occur after \\else");
        }
    }

    void elseBranch() {
        Block block = current("\\else");
        switch (block.state) {
            case TRUE -> {
                block.bufferMark = buffer.mark();
                block.state = State.ELSE_FALSE;
            }
            case FALSE -> {
                buffer.rewind(block.bufferMark);
                block.state = State.ELSE_TRUE;
            }
            case IGNORED -> {
                buffer.rewind(block.bufferMark);
                block.state = State.ELSE_FALSE;
            }
            default -> throw WadbException.command("\\else: cannot occur after \\else");
        }
    }

    void endif() {
        Block block = current("\\endif");
        if (block.state != State.TRUE && block.state != State.ELSE_TRUE) {
            buffer.rewind(block.bufferMark);
        }
        blocks.pop();
    }

    private Block current(String command) {
        Block block = blocks.peek();
        if (block == null) {
            throw WadbException.command(command + ": no matching \\if");
        }
        return block;
    }
}
