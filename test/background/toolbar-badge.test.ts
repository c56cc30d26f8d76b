import { describe, expect, it } from 'vitest';
import { badgeLook } from '../../lib/worker/toolbar-badge';

describe('toolbar badge', () => {
  it('counts newly identified companies, capped to fit the icon', () => {
    expect(badgeLook('signed-in', 0, 'en').text).toBe('');
    expect(badgeLook('signed-in', 7, 'en')).toMatchObject({
      text: '7',
      title: 'Leady Insights: 7 newly identified companies',
    });
    expect(badgeLook('signed-in', 250, 'cs').text).toBe('99+');
  });

  it('has distinct looks for signed out and an expired sign-in', () => {
    const signedOut = badgeLook('signed-out', 5, 'en');
    const expired = badgeLook('expired', 5, 'cs');
    expect(signedOut.text).toBe('?');
    expect(expired.text).toBe('!');
    expect(expired.color).not.toBe(signedOut.color);
    expect(expired.title).toContain('přihlaste se znovu');
  });
});
