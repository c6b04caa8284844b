import { describe, expect, it } from 'vitest';
import { activatesControl, gridStep, keyAction } from './keys';

describe('keyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['.', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['o', 'overview'],
    ['g', 'goto'],
    ['b', 'blackout'],
    ['?', 'help'],
    ['s', 'settings'],
    ['Escape', 'exit'],
  ] as const)('%j → %s', (key, action) => {
    expect(keyAction({ key })).toBe(action);
  });

  it('maps Shift+Space to the previous slide', () => {
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(keyAction({ key: 'x' })).toBeNull();
    expect(keyAction({ key: 'Enter' })).toBeNull();
    expect(keyAction({ key: 'Tab' })).toBeNull();
    expect(keyAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction({ key: 'r', metaKey: true })).toBeNull();
  });
});

describe('gridStep', () => {
  // 10 items in 4 columns: rows 0-3, 4-7, 8-9.
  it('moves by one across and by a row down and up', () => {
    expect(gridStep('ArrowRight', 1, 10, 4)).toBe(2);
    expect(gridStep('ArrowLeft', 1, 10, 4)).toBe(0);
    expect(gridStep('ArrowDown', 1, 10, 4)).toBe(5);
    expect(gridStep('ArrowUp', 5, 10, 4)).toBe(1);
  });

  it('stays put at the edges', () => {
    expect(gridStep('ArrowLeft', 0, 10, 4)).toBe(0);
    expect(gridStep('ArrowUp', 2, 10, 4)).toBe(2);
    expect(gridStep('ArrowDown', 7, 10, 4)).toBe(7);
    expect(gridStep('ArrowRight', 9, 10, 4)).toBe(9);
  });

  it('jumps to the ends with Home and End, and ignores other keys', () => {
    expect(gridStep('Home', 6, 10, 4)).toBe(0);
    expect(gridStep('End', 2, 10, 4)).toBe(9);
    expect(gridStep('Enter', 2, 10, 4)).toBeNull();
  });
});

describe('activatesControl', () => {
  it('is true only for the keys that press a focused control', () => {
    expect(activatesControl(' ')).toBe(true);
    expect(activatesControl('Enter')).toBe(true);
    expect(activatesControl('ArrowRight')).toBe(false);
    expect(activatesControl('PageDown')).toBe(false);
  });
});
