import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorBaseProps = Omit<AnchorProps, 'href'> & Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;
function AnchorBase(props: AnchorBaseProps) {
  return <Anchor {...props} />;
}
const CreatedAnchorLink = createLink(AnchorBase);
/** A Mantine Anchor that navigates with the router (typed `to`, `params`, `search`). */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

type ButtonBaseProps = ButtonProps & Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;
function ButtonBase(props: ButtonBaseProps) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(ButtonBase);
/** A Mantine Button rendered as a router link. */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

type NavLinkBaseProps = Omit<NavLinkProps, 'href'> & Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;
function NavLinkBase(props: NavLinkBaseProps) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(NavLinkBase);
/** A Mantine NavLink for the app navigation; `activeProps` marks the current area. */
export const RouterNavLink: LinkComponent<typeof NavLinkBase> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
