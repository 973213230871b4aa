// Letters of other scripts (and rare Latin letters) that imitate a Latin letter, as pairs "source, target".
// GENERATED from unhomoglyph 1.0.6 data.json (Unicode confusables) by lib/text/confusables-source.ts: letters
// only, no Arabic sources, no characters NFKC already folds, single a-z targets. Do not edit by hand.
// 319 entries.
export const LATIN_LOOKALIKES =
  '\u{131}i\u{184}b\u{18d}g\u{196}l\u{1a6}r\u{1bd}s\u{1c0}l\u{251}a\u{261}g\u{263}y\u{269}i\u{26a}i' +
  '\u{26f}w\u{28b}u\u{28f}y\u{37f}j\u{391}a\u{392}b\u{395}e\u{396}z\u{397}h\u{399}l\u{39a}k\u{39c}m' +
  '\u{39d}n\u{39f}o\u{3a1}p\u{3a4}t\u{3a5}y\u{3a7}x\u{3b1}a\u{3b3}y\u{3b9}i\u{3bd}v\u{3bf}o\u{3c1}p' +
  '\u{3c3}o\u{3c5}u\u{3dc}f\u{3f3}j\u{3fa}m\u{405}s\u{406}l\u{408}j\u{410}a\u{412}b\u{415}e\u{41a}k' +
  '\u{41c}m\u{41d}h\u{41e}o\u{420}p\u{421}c\u{422}t\u{423}y\u{425}x\u{42c}b\u{430}a\u{433}r\u{435}e' +
  '\u{43e}o\u{440}p\u{441}c\u{443}y\u{445}x\u{455}s\u{456}i\u{458}j\u{461}w\u{474}v\u{475}v\u{4ae}y' +
  '\u{4af}y\u{4bb}h\u{4bd}e\u{4c0}l\u{4cf}i\u{501}d\u{50c}g\u{51b}q\u{51c}w\u{51d}w\u{54d}u\u{54f}s' +
  '\u{555}o\u{561}w\u{563}q\u{566}q\u{570}h\u{578}n\u{57c}n\u{57d}u\u{581}g\u{584}f\u{585}o\u{5d5}l' +
  '\u{5d8}v\u{5df}l\u{5e1}o\u{7ca}l\u{b20}o\u{d20}o\u{101d}o\u{10e7}y\u{10ff}o\u{1200}u\u{12d0}o' +
  '\u{13a0}d\u{13a1}r\u{13a2}t\u{13a5}i\u{13a9}y\u{13aa}a\u{13ab}j\u{13ac}e\u{13b3}w\u{13b7}m\u{13bb}h' +
  '\u{13bd}y\u{13c0}g\u{13c2}h\u{13c3}z\u{13cf}b\u{13d2}r\u{13d4}w\u{13d5}s\u{13d9}v\u{13da}s\u{13de}l' +
  '\u{13df}c\u{13e2}p\u{13e6}k\u{13e7}d\u{13f3}g\u{13f4}b\u{142f}v\u{144c}u\u{146d}p\u{146f}d\u{1472}b' +
  '\u{148d}j\u{14aa}l\u{1541}x\u{157c}h\u{157d}x\u{1587}r\u{15af}b\u{15b4}f\u{15c5}a\u{15de}d\u{15ea}d' +
  '\u{15f0}m\u{15f7}b\u{16b7}x\u{16c1}l\u{16d5}k\u{16d6}m\u{1d04}c\u{1d0f}o\u{1d11}o\u{1d1c}u\u{1d20}v' +
  '\u{1d21}w\u{1d22}z\u{1d26}r\u{1d83}g\u{1d8c}y\u{1e9d}f\u{1eff}y\u{2c85}r\u{2c8e}h\u{2c92}l\u{2c94}k' +
  '\u{2c98}m\u{2c9a}n\u{2c9e}o\u{2c9f}o\u{2ca2}p\u{2ca3}p\u{2ca4}c\u{2ca5}c\u{2ca6}t\u{2ca8}y\u{2cac}x' +
  '\u{2cd0}l\u{2d38}v\u{2d39}e\u{2d4f}l\u{2d54}o\u{2d55}q\u{2d5d}x\u{a4d0}b\u{a4d1}p\u{a4d2}d\u{a4d3}d' +
  '\u{a4d4}t\u{a4d6}g\u{a4d7}k\u{a4d9}j\u{a4da}c\u{a4dc}z\u{a4dd}f\u{a4df}m\u{a4e0}n\u{a4e1}l\u{a4e2}s' +
  '\u{a4e3}r\u{a4e6}v\u{a4e7}h\u{a4ea}w\u{a4eb}x\u{a4ec}y\u{a4ee}a\u{a4f0}e\u{a4f2}l\u{a4f3}o\u{a4f4}u' +
  '\u{a647}i\u{a6df}v\u{a731}s\u{a798}f\u{a799}f\u{a79f}u\u{a7b2}j\u{a7b3}x\u{a7b4}b\u{ab32}e\u{ab35}f' +
  '\u{ab3d}o\u{ab47}r\u{ab48}r\u{ab4e}u\u{ab52}u\u{ab5a}y\u{ab75}i\u{ab81}r\u{ab83}w\u{ab93}z\u{aba9}v' +
  '\u{abaa}s\u{abaf}c\u{10282}b\u{10286}e\u{10287}f\u{1028a}l\u{10290}x\u{10292}o\u{10295}p\u{10296}s' +
  '\u{10297}t\u{102a0}a\u{102a1}b\u{102a2}c\u{102a5}f\u{102ab}o\u{102b0}m\u{102b1}t\u{102b2}y\u{102b4}x' +
  '\u{102cf}h\u{10301}b\u{10302}c\u{10309}l\u{10311}m\u{10315}t\u{10317}x\u{10404}o\u{10415}c\u{1041b}l' +
  '\u{10420}s\u{1042c}o\u{1043d}c\u{10448}s\u{104b4}r\u{104c2}o\u{104ce}u\u{104ea}o\u{104f6}u\u{10513}n' +
  '\u{10516}o\u{10518}k\u{1051c}c\u{1051d}v\u{10525}f\u{10526}l\u{10527}x\u{11706}v\u{1170a}w\u{1170e}w' +
  '\u{1170f}w\u{118a0}v\u{118a2}f\u{118a3}l\u{118a4}y\u{118a6}e\u{118a9}z\u{118ae}e\u{118b2}l\u{118b5}o' +
  '\u{118b8}u\u{118bc}t\u{118c0}v\u{118c1}s\u{118c2}f\u{118c3}i\u{118c4}z\u{118c8}o\u{118d7}o\u{118d8}u' +
  '\u{118dc}y\u{16f08}v\u{16f0a}t\u{16f16}l\u{16f28}l\u{16f35}r\u{16f3a}s\u{16f40}a\u{16f42}u\u{16f43}y';
