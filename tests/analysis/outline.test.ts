import { describe, expect, it } from 'vitest';
import { outlineHeadingIndex } from '../../src/analysis/outline.js';

// fixtures/real-tables/yunnan-baoshan-longyang-2022-huafei-jianliang-ziping-partial rows 10–19, the 三级 column
const LONGYANG = ['一、示范区建立', '1、水稻侧深施肥+缓控释肥', '2、玉米种肥同播+缓控释肥', '3、施用配方肥', '二、化肥减量增效田间试验', '1、肥料利用率', '2、化肥减量增效', '三、土样植株化验', '示范区配方肥到位率'];

describe('outlineHeadingIndex', () => {
  it('finds the 一、 heading a numbered item stands under, across the items between', () => {
    expect(outlineHeadingIndex(LONGYANG, 3)).toBe(0);
    expect(outlineHeadingIndex(LONGYANG, 5)).toBe(4);
    expect(outlineHeadingIndex(LONGYANG, 6)).toBe(4);
  });

  it('has none for a heading, an unnumbered row, or an item with a plain row above it', () => {
    expect(outlineHeadingIndex(LONGYANG, 4)).toBeUndefined();
    expect(outlineHeadingIndex(LONGYANG, 8)).toBeUndefined();
    expect(outlineHeadingIndex(['验收合格率', '(1)水稻', '(2)玉米'], 2)).toBeUndefined();
  });
});
