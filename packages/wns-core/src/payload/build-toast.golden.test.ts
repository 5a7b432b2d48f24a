import { describe, expect, it } from 'vitest'
import { toast } from './build-toast'

// Golden documents: the exact XML for representative toasts, one element per line here for
// reading (the builder writes no whitespace between elements).
const golden = (...lines: string[]) => lines.join('')

describe('toast golden XML', () => {
  it('writes the protocol reference example', () => {
    expect(
      toast({
        text: ['Configuration update', 'Settings v1.2.3 available'],
        launch: 'action=open&id=7',
      }).body,
    ).toBe(
      golden(
        '<toast launch="action=open&amp;id=7">',
        '<visual><binding template="ToastGeneric">',
        '<text>Configuration update</text>',
        '<text>Settings v1.2.3 available</text>',
        '</binding></visual>',
        '</toast>',
      ),
    )
  })

  it('writes a rich toast: logo, hero, attribution, timestamp and two columns', () => {
    expect(
      toast({
        text: ['Front door', 'Motion detected at 07:42'],
        attribution: 'Camera 2',
        displayTimestamp: new Date(Date.UTC(2026, 10, 23, 7, 42, 5)),
        duration: 'long',
        appLogoOverride: { src: 'https://cdn.example.com/cam.png', hintCrop: 'circle' },
        heroImage: { src: 'https://cdn.example.com/snap.jpg', alt: 'Snapshot' },
        groups: [
          {
            subgroups: [
              { hintWeight: 1, children: [{ text: 'Temp', hintStyle: 'captionSubtle' }, '21 °C'] },
              {
                hintWeight: 2,
                children: [{ text: 'Humidity', hintStyle: 'captionSubtle' }, '48 %'],
              },
            ],
          },
        ],
      }).body,
    ).toBe(
      golden(
        '<toast duration="long" displayTimestamp="2026-11-23T07:42:05.000Z">',
        '<visual><binding template="ToastGeneric">',
        '<text>Front door</text>',
        '<text>Motion detected at 07:42</text>',
        '<text placement="attribution">Camera 2</text>',
        '<image placement="appLogoOverride" src="https://cdn.example.com/cam.png" hint-crop="circle"/>',
        '<image placement="hero" src="https://cdn.example.com/snap.jpg" alt="Snapshot"/>',
        '<group>',
        '<subgroup hint-weight="1"><text hint-style="captionSubtle">Temp</text><text>21 °C</text></subgroup>',
        '<subgroup hint-weight="2"><text hint-style="captionSubtle">Humidity</text><text>48 %</text></subgroup>',
        '</group>',
        '</binding></visual>',
        '</toast>',
      ),
    )
  })

  it('writes an interactive reply toast with header, audio and a context-menu item', () => {
    expect(
      toast({
        text: ['Ana', 'Dinner at 8?'],
        launch: 'chat=ana',
        header: { id: 'family', title: 'Family chat', arguments: 'chat=family' },
        audio: { src: 'ms-winsoundevent:Notification.IM' },
        inputs: [{ type: 'text', id: 'reply', placeHolderContent: 'Type a reply' }],
        actions: [
          {
            content: 'Send',
            arguments: 'action=reply&chat=ana',
            activationType: 'background',
            imageUri: 'ms-appx:///Assets/send.png',
            hintInputId: 'reply',
          },
          {
            content: 'Mute chat',
            arguments: 'action=mute&chat=ana',
            activationType: 'background',
            placement: 'contextMenu',
          },
        ],
      }).body,
    ).toBe(
      golden(
        '<toast launch="chat=ana">',
        '<visual><binding template="ToastGeneric">',
        '<text>Ana</text>',
        '<text>Dinner at 8?</text>',
        '</binding></visual>',
        '<audio src="ms-winsoundevent:Notification.IM"/>',
        '<actions>',
        '<input id="reply" type="text" placeHolderContent="Type a reply"/>',
        '<action content="Send" arguments="action=reply&amp;chat=ana" activationType="background" imageUri="ms-appx:///Assets/send.png" hint-inputId="reply"/>',
        '<action content="Mute chat" arguments="action=mute&amp;chat=ana" activationType="background" placement="contextMenu"/>',
        '</actions>',
        '<header id="family" title="Family chat" arguments="chat=family"/>',
        '</toast>',
      ),
    )
  })

  it('writes a reminder with a snooze picker and system snooze and dismiss buttons', () => {
    expect(
      toast({
        text: ['Filter change', 'The air filter is due today'],
        scenario: 'reminder',
        useButtonStyle: true,
        inputs: [
          {
            type: 'selection',
            id: 'snoozeTime',
            defaultInput: '60',
            selections: [
              { id: '15', content: '15 minutes' },
              { id: '60', content: '1 hour' },
              { id: '1440', content: '1 day' },
            ],
          },
        ],
        actions: [
          {
            content: '',
            arguments: 'snooze',
            activationType: 'system',
            hintInputId: 'snoozeTime',
          },
          {
            content: 'Done',
            arguments: 'dismiss',
            activationType: 'system',
            hintButtonStyle: 'success',
          },
        ],
      }).body,
    ).toBe(
      golden(
        '<toast scenario="reminder" useButtonStyle="true">',
        '<visual><binding template="ToastGeneric">',
        '<text>Filter change</text>',
        '<text>The air filter is due today</text>',
        '</binding></visual>',
        '<actions>',
        '<input id="snoozeTime" type="selection" defaultInput="60">',
        '<selection id="15" content="15 minutes"/>',
        '<selection id="60" content="1 hour"/>',
        '<selection id="1440" content="1 day"/>',
        '</input>',
        '<action content="" arguments="snooze" activationType="system" hint-inputId="snoozeTime"/>',
        '<action content="Done" arguments="dismiss" activationType="system" hint-buttonStyle="Success"/>',
        '</actions>',
        '</toast>',
      ),
    )
  })

  it('writes a progress toast', () => {
    expect(
      toast({
        text: ['Firmware update'],
        progress: {
          title: 'Thermostat v4.2',
          value: 0.6,
          valueStringOverride: '3/5 steps',
          status: 'Installing…',
        },
      }).body,
    ).toBe(
      golden(
        '<toast>',
        '<visual><binding template="ToastGeneric">',
        '<text>Firmware update</text>',
        '<progress title="Thermostat v4.2" value="0.6" valueStringOverride="3/5 steps" status="Installing…"/>',
        '</binding></visual>',
        '</toast>',
      ),
    )
  })
})
